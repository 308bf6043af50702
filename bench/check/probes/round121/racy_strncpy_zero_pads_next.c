/* TRUTH: racy — strncpy with n = sizeof rec.key + sizeof rec.val zero-pads the whole 16 bytes starting at rec.key, so it writes rec.val, which the reader thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct record {
    char key[8];
    char val[8];
    long hits;
};

static struct record rec = { "k", "v", 0 };

static void *reader(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += rec.val[4];
        usleep(100);
    }
    return NULL;
}

static void *renamer(void *arg)
{
    (void)arg;
    const char *names[] = { "alpha", "beta", "gamma" };
    for (int i = 0; i < 200; i++) {
        strncpy((char *)&rec, names[i % 3], sizeof rec.key + sizeof rec.val);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, reader, &acc);
    pthread_create(&b, NULL, renamer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %s\n", acc, rec.key);
    return 0;
}
