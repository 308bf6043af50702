/* TRUTH: racy. devs[0] and devs[1] are on different bus mutexes (a, b) yet both update the shared irq_count. */
#include <pthread.h>
#include <stdio.h>
struct dev { pthread_mutex_t *bus; int id; };
static pthread_mutex_t bus_a = PTHREAD_MUTEX_INITIALIZER, bus_b = PTHREAD_MUTEX_INITIALIZER;
static struct dev devs[2] = { { &bus_a, 0 }, { &bus_b, 1 } };
static int irq_count;

static void *d0(void *p) { (void)p; pthread_mutex_lock(devs[0].bus); irq_count++; pthread_mutex_unlock(devs[0].bus); return NULL; }
static void *d1(void *p) { (void)p; pthread_mutex_lock(devs[1].bus); irq_count++; pthread_mutex_unlock(devs[1].bus); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, d0, NULL);
    pthread_create(&b, NULL, d1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", irq_count);
    return 0;
}
