/* TRUTH: free — "%%n" is a literal percent sign followed by 'n', so the only pointer argument goes to %p and printf never touches hits; the counter thread is the only accessor of hits until join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int hits;

static void *counter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        hits++;
        usleep(100);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    FILE *out = arg;
    for (int i = 0; i < 200; i++) {
        fprintf(out, "cache 100%%n-way, counter at %p\n", (void *)&hits);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    FILE *out = fopen("/dev/null", "w");
    if (!out)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, counter, NULL);
    pthread_create(&b, NULL, reporter, out);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(out);
    printf("%d\n", hits);
    return 0;
}
