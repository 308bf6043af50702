/* Race-free: both threads run mode 0, where p points at the thread's own local before *p is written. */
#include <pthread.h>
#include <stdio.h>
int total;
static void *work(void *arg)
{
    int mode = (int)(long)arg;
    int local = 0;
    int *p = &total;
    switch (mode) {
    case 0: {
        p = &local;
        *p += 1;
        break;
    }
    default:
        break;
    }
    return (void *)(long)local;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)0L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
