/* TRUTH: racy — pthread_create with a 64 TiB stack fails (EAGAIN), so spawned() sets ran_inline in main while the monitor thread reads it unsynchronized */
#include <pthread.h>
#include <stdio.h>

static int ran_inline;

static void *work(void *arg)
{
    (void)arg;
    return NULL;
}

static void *monitor(void *arg)
{
    (void)arg;
    printf("inline: %d\n", ran_inline);
    return NULL;
}

static void spawned(int rc)
{
    if (rc != 0) { /* could not start a thread: do it here */
        ran_inline = 1;
        work(NULL);
    }
}

int main(void)
{
    pthread_t t1, t2;
    pthread_attr_t big;
    pthread_attr_init(&big);
    pthread_attr_setstacksize(&big, (size_t)1 << 46);
    pthread_create(&t1, NULL, monitor, NULL);
    spawned(pthread_create(&t2, &big, work, NULL)); /* fails: EAGAIN */
    pthread_join(t1, NULL);
    return 0;
}
