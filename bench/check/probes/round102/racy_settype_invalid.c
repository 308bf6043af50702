/* TRUTH: racy — pthread_mutexattr_settype with an invalid type fails with EINVAL, so fallback() writes use_plain in main while the reader thread reads it unsynchronized */
#include <pthread.h>
#include <stdio.h>

static int use_plain;

static void fallback(int rc)
{
    if (rc != 0)
        use_plain = 1;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", use_plain);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    fallback(pthread_mutexattr_settype(&a, 999)); /* invalid type: EINVAL */
    pthread_join(t, NULL);
    return 0;
}
