/* TRUTH: racy — thread A publishes the address of its thread-local tl; thread B writes through that pointer while A keeps writing its own tl */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

_Thread_local int tl;
int *_Atomic shared_ptr;

void *owner(void *arg)
{
    (void)arg;
    atomic_store(&shared_ptr, &tl);
    for (int i = 0; i < 20; i++) {
        tl = tl + 1;
        usleep(1000);
    }
    return 0;
}

void *intruder(void *arg)
{
    (void)arg;
    int *p;
    while ((p = atomic_load(&shared_ptr)) == 0) {
    }
    for (int i = 0; i < 20; i++) {
        *p = 5;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, owner, 0);
    pthread_create(&b, 0, intruder, 0);
    pthread_join(b, 0);
    pthread_join(a, 0);
    return 0;
}
