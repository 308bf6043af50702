/* racy: the handler registers &local itself (under the lock) BEFORE dispatching the callback,
   which writes local.status without the lock; the auditor writes registry[i]->status. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
struct req { int id; int status; };
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct req *registry[16];
static int nreg;

static void complete(struct req *r) { r->status = 200; }
static void dispatch(void (*fn)(struct req *), struct req *r) { fn(r); }

static void *handler(void *arg) {
    struct req local = { (int)(long)arg, 0 };
    pthread_mutex_lock(&reg_lock);
    if (nreg < 16) registry[nreg++] = &local;
    pthread_mutex_unlock(&reg_lock);
    dispatch(complete, &local);
    pause(); /* keep local alive: the handler never returns */
    return NULL;
}
static void *auditor(void *arg) {
    (void)arg;
    pthread_mutex_lock(&reg_lock);
    for (int i = 0; i < nreg; i++) registry[i]->status = 0;
    pthread_mutex_unlock(&reg_lock);
    return NULL;
}
int main(void) {
    pthread_t a, c;
    pthread_create(&a, NULL, handler, (void *)1L);
    pthread_create(&c, NULL, auditor, NULL);
    pthread_join(c, NULL);
    return 0;
}
