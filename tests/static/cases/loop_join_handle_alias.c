// A loop that starts a thread in t and joins t each pass runs one at a time only if t still
// holds that thread at the join: not when a pointer to t may have stored another thread's id
// there, nor when the threads start detached (pthread_attr_setdetachstate: the join fails).
#include <pthread.h>

int x, y;

static void *aliased(void *arg) { (void)arg; x++; return NULL; } // RACE (possible): t may hold another thread at the join
static void *detached(void *arg) { (void)arg; y++; return NULL; } // RACE (possible): started detached, never joined
static void *quick(void *arg) { return arg; }

int main(void)
{
    pthread_t t, other, *p = &t;
    for (int i = 0; i < 3; i++) {
        pthread_create(&t, NULL, aliased, NULL);
        pthread_create(&other, NULL, quick, NULL);
        *p = other;
        pthread_join(t, NULL);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t u;
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, &attr, detached, NULL);
        pthread_join(u, NULL);
    }
    return 0;
}
