/* TRUTH: racy — one thread updates x inside __VERIFIER_atomic_begin/end, the other writes x outside any atomic section */
#include <pthread.h>
#include <unistd.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x;

void *careful(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        __VERIFIER_atomic_begin();
        x = x + 1;
        __VERIFIER_atomic_end();
        usleep(1000);
    }
    return 0;
}

void *careless(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        x = x + 2;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, careful, 0);
    pthread_create(&b, 0, careless, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
