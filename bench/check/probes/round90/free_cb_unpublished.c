/* free: the callback writes through &local, but local is never published (only a heap copy
   is put in the global registry, under the lock), so no other thread can reach it. */
#include <pthread.h>
#include <stdlib.h>
struct req { int id; int status; };
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct req *registry[16];
static int nreg;

static void complete(struct req *r) { r->status = 200; }
static void dispatch(void (*fn)(struct req *), struct req *r) { fn(r); }

static void *handler(void *arg) {
    struct req local = { (int)(long)arg, 0 };
    dispatch(complete, &local);
    struct req *copy = malloc(sizeof *copy);
    *copy = local;
    pthread_mutex_lock(&reg_lock);
    if (nreg < 16) registry[nreg++] = copy; else free(copy);
    pthread_mutex_unlock(&reg_lock);
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
    pthread_t a, b, c;
    pthread_create(&a, NULL, handler, (void *)1L);
    pthread_create(&b, NULL, handler, (void *)2L);
    pthread_create(&c, NULL, auditor, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
    return 0;
}
