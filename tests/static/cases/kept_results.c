// A thread API call's result kept where the analysis does not follow it (an element, a field,
// a global, a local whose address is handed on) may decide what runs next: a helper that ends
// the thread when the lock succeeded (if (rc[0] == 0) pthread_exit(0)) leaves nothing after it
// for the thread to do. What follows such a call is then no sure path, and a race on it only
// possible. Before, those races were definite: a wrong claim, as the worker never gets there.
// A result kept in a plain local is followed as the call's success, as before.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after_elem, after_field, after_global, after_addr, after_plain;
static int last_rc;
struct res { int rc; };

static void leave_elem(const int rc[1]) { if (rc[0] == 0) pthread_exit(0); }
static void leave_field(struct res r) { if (r.rc == 0) pthread_exit(0); }
static void leave_global(void) { if (last_rc == 0) pthread_exit(0); }
static void leave_addr(const int *rc) { if (*rc == 0) pthread_exit(0); }

static void *by_elem(void *arg)
{
    (void)arg;
    int rc[1] = {pthread_mutex_lock(&m)};
    leave_elem(rc);
    pthread_mutex_unlock(&m);
    after_elem = 1; // RACE (possible): in fact never runs
    return NULL;
}

static void *by_field(void *arg)
{
    (void)arg;
    struct res r;
    r.rc = pthread_mutex_lock(&m);
    leave_field(r);
    pthread_mutex_unlock(&m);
    after_field = 1; // RACE (possible): in fact never runs
    return NULL;
}

static void *by_global(void *arg)
{
    (void)arg;
    last_rc = pthread_mutex_lock(&m);
    leave_global();
    pthread_mutex_unlock(&m);
    after_global = 1; // RACE (possible): in fact never runs
    return NULL;
}

static void *by_addr(void *arg)
{
    (void)arg;
    int rc = pthread_mutex_lock(&m);
    leave_addr(&rc);
    pthread_mutex_unlock(&m);
    after_addr = 1; // RACE (possible): in fact never runs
    return NULL;
}

static void *plain(void *arg)
{
    (void)arg;
    int rc = pthread_mutex_lock(&m);
    if (rc)
        abort();
    pthread_mutex_unlock(&m);
    after_plain = 1; // RACE (definite)
    return NULL;
}

int main(void)
{
    pthread_t t[5];
    pthread_create(&t[0], NULL, by_elem, NULL);
    pthread_create(&t[1], NULL, by_field, NULL);
    pthread_create(&t[2], NULL, by_global, NULL);
    pthread_create(&t[3], NULL, by_addr, NULL);
    pthread_create(&t[4], NULL, plain, NULL);
    after_elem = after_field = after_global = after_addr = 2; // RACE (possible)
    after_plain = 2; // RACE (definite)
    for (int i = 0; i < 5; i++)
        pthread_join(t[i], NULL);
    return 0;
}
