// c ? lock(&m) : 0 takes the lock on one branch only; the mutex inside the element each
// thread was given (&a[i], a->m) guards that element, not shared data; pthread_create stores
// the new thread's id in its handle, a plain write.
#include <pthread.h>

struct arg {
    pthread_mutex_t m;
    int own;
};

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int tern, shared;
pthread_t gtid;

static void *ternary(void *a)
{
    a ? pthread_mutex_lock(&m) : 0;
    tern++; // RACE (definite): the thread given NULL takes no lock, the one given 1 takes m
    a ? pthread_mutex_unlock(&m) : 0;
    return NULL;
}

static void *element(void *p)
{
    struct arg *a = p;
    pthread_mutex_lock(&a->m);
    a->own++; // NORACE: its own element
    shared++; // RACE: two elements, two mutexes
    pthread_mutex_unlock(&a->m);
    return NULL;
}

static void *nothing(void *p)
{
    (void)p;
    return NULL;
}

static void *starter(void *p)
{
    (void)p;
    pthread_create(&gtid, NULL, nothing, NULL); // RACE (possible): main reads gtid meanwhile (the id pthread_create stores: analyses differ)
    return NULL;
}

int main(void)
{
    struct arg a[2];
    pthread_t t[2], s, u, v;
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&a[i].m, NULL);
        a[i].own = 0;
        pthread_create(&t[i], NULL, element, &a[i]);
    }
    pthread_create(&s, NULL, ternary, NULL);
    pthread_create(&u, NULL, ternary, (void *)1);
    pthread_create(&v, NULL, starter, NULL);
    pthread_t seen = gtid; // RACE (possible)
    (void)seen;
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_join(s, NULL);
    pthread_join(u, NULL);
    pthread_join(v, NULL);
    return 0;
}
