/* TRUTH: free — load_config runs from .init_array before main, so its writes happen before main creates the readers; nobody writes config afterwards */
#include <pthread.h>
#include <stdio.h>

static int config_level;
static char config_name[16];

static void load_config(void)
{
    config_level = 3;
    config_name[0] = 'x';
}

static void (*const cfg_hook)(void) __attribute__((section(".init_array"), used)) = load_config;

static void *reader(void *arg)
{
    int *out = arg;
    *out = config_level + config_name[0];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int out[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, reader, &out[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", out[0], out[1], config_level);
    return 0;
}
