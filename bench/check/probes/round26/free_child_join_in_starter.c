/* TRUTH: race-free. parent starts child, which writes data, and joins it before writing data
   itself; main reads data only after joining parent. No other thread touches data. */
#include <pthread.h>
#include <stdio.h>

static int data;

static void *child(void *arg)
{
    (void)arg;
    data = 1;
    return NULL;
}

static void *parent(void *arg)
{
    pthread_t c;
    (void)arg;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    data += 10;
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", data);
    return 0;
}
