// A lock and the data it guards reached through local pointers that name parts of one object:
// pthread_mutex_t *m = &p->mutex; int *d = &p->datum; lock(m); (*d)++ holds the lock of the
// object *d lies in, as lock(&p->mutex); p->datum++ does. So do pointers given their one
// value by an assignment, once the object pointer they come from has its last value (s is
// set on both branches of an if, then m = &s->mutex and d = &s->datum: one object, A or B).
// A pointer taken before its object pointer changes (m2 = &r->mutex; r = &D) names another
// object's lock: *d2 races with the thread that writes D.datum under D's own lock.
#include <pthread.h>

struct s {
    int datum;
    pthread_mutex_t mutex;
};

struct s A = {0, PTHREAD_MUTEX_INITIALIZER}, B = {0, PTHREAD_MUTEX_INITIALIZER};
struct s X = {0, PTHREAD_MUTEX_INITIALIZER};
int pick;

static void *bump(void *arg)
{
    struct s *p = arg;
    pthread_mutex_t *m = &p->mutex;
    int *d = &p->datum;
    pthread_mutex_lock(m);
    (*d)++; // NORACE
    pthread_mutex_unlock(m);
    return NULL;
}

static void *set_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&A.mutex);
    A.datum = 5; // NORACE
    pthread_mutex_unlock(&A.mutex);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3;
    struct s *s;
    pthread_mutex_t *m;
    int *d;
    if (pick)
        s = &A;
    else
        s = &B;
    m = &s->mutex;
    d = &s->datum;
    pthread_create(&t1, NULL, bump, &X);
    pthread_create(&t2, NULL, bump, &X);
    pthread_create(&t3, NULL, set_a, NULL);
    pthread_mutex_lock(m);
    *d = 8; // NORACE
    pthread_mutex_unlock(m);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return 0;
}
