/* TRUTH: racy — make_tag() keeps a function-scope static counter; both threads call make_tag() and read/write the same static serial without synchronization. */
#include <pthread.h>
#include <stdio.h>

static int make_tag(int base)
{
    static int serial;
    serial = serial + 1;
    return base * 1000 + serial;
}

static void *tagger(void *a)
{
    int *res = a;
    for (int i = 0; i < 4; i++)
        res[i] = make_tag(i);
    return NULL;
}

int main(void)
{
    int r1[4], r2[4];
    pthread_t a, b;
    pthread_create(&a, NULL, tagger, r1);
    pthread_create(&b, NULL, tagger, r2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", r1[3], r2[3]);
    return 0;
}
