/* TRUTH: free — fwrite with nmemb 0 reads nothing, so the disabled dump never reads 'ticks', which the worker writes */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long ticks;

static void *ticker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        ticks++;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    FILE *f = fopen("/dev/null", "w");
    pthread_create(&t, NULL, ticker, NULL);
    size_t n = 0;
    for (int i = 0; i < 40; i++) {
        if (f)
            n += fwrite(&ticks, sizeof ticks, 0, f);   /* dump disabled */
        usleep(250);
    }
    pthread_join(t, NULL);
    if (f)
        fclose(f);
    printf("%zu %ld\n", n, ticks);
    return 0;
}
