/* TRUTH: free — lookup[] is filled by main before any thread is created and is never written again; the three threads only read it (concurrent reads never race) and each writes its own hits[i]; main reads hits after joins. */
#include <pthread.h>
#include <stdio.h>

static int lookup[256];
static int hits[3];

static void *scan(void *a)
{
    int i = (int)(long)a;
    int n = 0;
    for (int k = 0; k < 256; k++)
        if (lookup[k] % (i + 2) == 0)
            n++;
    hits[i] = n;
    return NULL;
}

int main(void)
{
    for (int k = 0; k < 256; k++)
        lookup[k] = (k * 7) % 31;
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, scan, (void *)i);
    int peek = lookup[10];
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d %d\n", peek, hits[0], hits[1], hits[2]);
    return 0;
}
