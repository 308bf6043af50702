/* TRUTH: free — the constructor (attribute macro on the definition) starts the loader thread and main joins it before reading 'loaded' */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define APP_INIT __attribute__((constructor))

static long loaded;
static pthread_t loader_t;

static void *loader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        loaded++;
        usleep(100);
    }
    return NULL;
}

APP_INIT static void start_loader(void)
{
    pthread_create(&loader_t, NULL, loader, NULL);
}

int main(void)
{
    pthread_join(loader_t, NULL);
    printf("%ld\n", loaded);
    return 0;
}
