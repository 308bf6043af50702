/* TRUTH: racy — get_instance() reads the plain pointer inst outside the lock (first check) while the other thread may be writing inst inside the lock; that unlocked read and the locked write are unordered. */
#include <pthread.h>
#include <stdlib.h>

struct svc { int port; };

static struct svc *inst;
static pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;

static struct svc *get_instance(void)
{
    if (inst == NULL) {
        pthread_mutex_lock(&im);
        if (inst == NULL) {
            struct svc *s = malloc(sizeof *s);
            if (s)
                s->port = 8080;
            inst = s;
        }
        pthread_mutex_unlock(&im);
    }
    return inst;
}

static void *user(void *a)
{
    struct svc *s = get_instance();
    return s ? (void *)(long)s->port : a;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(inst);
    return 0;
}
