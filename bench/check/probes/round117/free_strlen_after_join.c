/* TRUTH: free — the worker fills banner and is joined before main passes banner to strlen/puts */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char banner[32];

static void *fill(void *arg)
{
    (void)arg;
    strcpy(banner, "ready");
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, fill, NULL);
    pthread_join(a, NULL);
    printf("%zu\n", strlen(banner));
    puts(banner);
    return 0;
}
