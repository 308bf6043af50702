/* TRUTH: racy. `pa` holds &a, so both threads receive the address of main's local a and add to it concurrently. */
#include <pthread.h>
#include <stdio.h>

static void *add(void *p)
{
    long *v = p;
    *v += 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    long a = 0, b = 0;
    long *pa = &a;
    pthread_create(&t1, NULL, add, pa);
    pthread_create(&t2, NULL, add, &a);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld %ld\n", a, b);
    return 0;
}
