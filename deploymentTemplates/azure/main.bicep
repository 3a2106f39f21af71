// ChatBot on Azure: an App Service (Linux, .NET 10) for the bot, an Azure Bot resource pointing at
// it with the Teams and Web Chat channels, Azure Cache for Redis and Azure Database for MySQL.
// Deploy: az deployment group create -g <rg> -f main.bicep -p main.parameters.json
targetScope = 'resourceGroup'

@description('Short name used to derive resource names.')
@minLength(3)
@maxLength(16)
param name string

param location string = resourceGroup().location

@description('Client id of the bot\'s Entra ID app registration.')
param microsoftAppId string

@description('SingleTenant (recommended), MultiTenant or UserAssignedMSI.')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Tenant of the app registration; required unless MultiTenant.')
param microsoftAppTenantId string = tenant().tenantId

@secure()
@description('Client secret of the app registration (empty for UserAssignedMSI).')
param microsoftAppPassword string = ''

@description('Administrator login for the MySQL flexible server.')
param mysqlAdministratorLogin string = 'chatbotadmin'

@secure()
param mysqlAdministratorPassword string

var suffix = uniqueString(resourceGroup().id, name)

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  sku: {
    name: 'P0v3'
    capacity: 2
  }
  kind: 'linux'
  properties: {
    reserved: true
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${name}-redis-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'Standard'
      family: 'C'
      capacity: 1
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
  }
}

resource mysql 'Microsoft.DBforMySQL/flexibleServers@2023-12-30' = {
  name: '${name}-mysql-${suffix}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '8.0.21'
    administratorLogin: mysqlAdministratorLogin
    administratorLoginPassword: mysqlAdministratorPassword
    storage: {
      storageSizeGB: 32
    }
  }
}

resource transcripts 'Microsoft.DBforMySQL/flexibleServers/databases@2023-12-30' = {
  parent: mysql
  name: 'chatbot'
  properties: {
    charset: 'utf8mb4'
    collation: 'utf8mb4_unicode_ci'
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-bot-${suffix}'
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId }
      ]
      connectionStrings: [
        {
          name: 'Redis'
          type: 'Custom'
          connectionString: '${redis.properties.hostName}:6380,ssl=true,password=${redis.listKeys().primaryKey},abortConnect=false'
        }
        {
          name: 'Transcripts'
          type: 'MySql'
          connectionString: 'Server=${mysql.properties.fullyQualifiedDomainName};Database=chatbot;User ID=${mysqlAdministratorLogin};Password=${mysqlAdministratorPassword};SslMode=Required'
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: name
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
output webAppName string = app.name
