/* TRUTH: free — both threads modify ticks only while holding spin lock sl; main reads ticks after joining. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t sl;
static unsigned ticks;

static void *spin_worker(void *arg)
{
    unsigned n = *(unsigned *)arg;
    while (n--) {
        pthread_spin_lock(&sl);
        ticks++;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}

int main(void)
{
    unsigned na = 300, nb = 500;
    pthread_t a, b;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, spin_worker, &na);
    pthread_create(&b, NULL, spin_worker, &nb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_spin_destroy(&sl);
    printf("%u\n", ticks);
    return 0;
}
