/* TRUTH: racy — main writes threshold after pthread_create and before pthread_join; the checker thread reads threshold concurrently. */
#include <pthread.h>
#include <stdio.h>

int threshold = 10;
int samples[5] = { 3, 14, 9, 27, 11 };

void *checker(void *out)
{
    int n = 0;
    for (int i = 0; i < 5; i++)
        if (samples[i] > threshold)
            n++;
    *(int *)out = n;
    return NULL;
}

int main(void)
{
    int above = 0;
    pthread_t t;
    pthread_create(&t, NULL, checker, &above);
    threshold = 12;
    pthread_join(t, NULL);
    printf("%d\n", above);
    return 0;
}
