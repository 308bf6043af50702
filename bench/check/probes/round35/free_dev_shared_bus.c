/* TRUTH: free — both devices' bus pointer is &bus_m (static initializer, never changed); t1 updates total under devs[0].bus, t2 under devs[1].bus: the same mutex. */
#include <pthread.h>
pthread_mutex_t bus_m = PTHREAD_MUTEX_INITIALIZER;
struct dev { pthread_mutex_t *bus; int id; } devs[2] = { { &bus_m, 0 }, { &bus_m, 1 } };
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
