// Thread arguments that are elements of an array by a constant (&arr[0], arr + 1) are those
// elements, told apart or found equal as arr[0] and arr[1] are; a struct handed to a routine
// that reads it as its first field's type (&rec as int *) reaches some part of it; mutex
// pointers read out of an array's elements (locks[0], devs[1].bus) are told apart by their
// index.
#include <pthread.h>

long arr[2];
int cnt[2];
struct record { int hits; int misses; } rec;
static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *locks[2] = {&ma, &mb};
static int total;

static void *bump(void *arg) { long *p = arg; *p += 1; return NULL; } // NORACE: arr[0] and arr[1]
static void *inc(void *arg) { (*(int *)arg)++; return NULL; } // RACE (definite): &cnt[1] and cnt + 1
static void *hit(void *arg) { int *h = arg; (*h)++; return NULL; } // RACE (possible): &rec is &rec.hits
static void *t0(void *arg) { (void)arg; pthread_mutex_lock(locks[0]); total++; pthread_mutex_unlock(locks[0]); return NULL; } // RACE (possible): another mutex than locks[1]'s
static void *t1(void *arg) { (void)arg; pthread_mutex_lock(locks[1]); total++; pthread_mutex_unlock(locks[1]); return NULL; }

int main(void)
{
    pthread_t t[8];
    pthread_create(&t[0], NULL, bump, &arr[0]);
    pthread_create(&t[1], NULL, bump, arr + 1);
    pthread_create(&t[2], NULL, inc, &cnt[1]);
    pthread_create(&t[3], NULL, inc, cnt + 1);
    pthread_create(&t[4], NULL, hit, &rec);
    pthread_create(&t[5], NULL, hit, &rec.hits);
    pthread_create(&t[6], NULL, t0, NULL);
    pthread_create(&t[7], NULL, t1, NULL);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], NULL);
    return (int)arr[0] + cnt[1] + rec.hits + total;
}
