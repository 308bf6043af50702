/* TRUTH: race-free. the destructor teardown() (data = 0) runs at exit, after main joined the only worker that writes data; no other thread exists then. */
#include <pthread.h>
#include <stdio.h>

int data;

__attribute__((destructor)) static void teardown(void)
{
    data = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    data = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("%d\n", data);
    return 0;
}
