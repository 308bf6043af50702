/* TRUTH: racy — the devices have different bus mutexes (&bus_a, &bus_b); t1 and t2 update total under different locks, unordered. */
#include <pthread.h>
pthread_mutex_t bus_a = PTHREAD_MUTEX_INITIALIZER, bus_b = PTHREAD_MUTEX_INITIALIZER;
struct dev { pthread_mutex_t *bus; int id; } devs[2] = { { &bus_a, 0 }, { &bus_b, 1 } };
int total;
void *t1(void *p) { pthread_mutex_lock(devs[0].bus); total += 1; pthread_mutex_unlock(devs[0].bus); return 0; }
void *t2(void *p) { pthread_mutex_lock(devs[1].bus); total += 2; pthread_mutex_unlock(devs[1].bus); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return total;
}
