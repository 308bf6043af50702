/* TRUTH: racy. The invalid-argument path jumps to a label past the lock and increments the shared error counter without holding the lock. */
#include <pthread.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);

struct req { int len; char *buf; };
static struct {
    pthread_mutex_t lock;
    int queued;
    int errors;
    struct req *last;
} sq = { PTHREAD_MUTEX_INITIALIZER, 0, 0, NULL };

static int submit(int len)
{
    struct req *r;
    int rc = 0;
    if (len <= 0) {
        rc = -1;
        goto err_count;
    }
    pthread_mutex_lock(&sq.lock);
    r = malloc(sizeof *r);
    if (!r) {
        rc = -2;
        goto err_unlock;
    }
    r->buf = malloc(len);
    if (!r->buf) {
        rc = -2;
        goto err_free;
    }
    r->len = len;
    free(sq.last ? sq.last->buf : NULL);
    free(sq.last);
    sq.last = r;
    sq.queued++;
    pthread_mutex_unlock(&sq.lock);
    return 0;
err_free:
    free(r);
err_unlock:
    sq.errors++;
    pthread_mutex_unlock(&sq.lock);
    return rc;
err_count:
    sq.errors++;
    return rc;
}

static void *client(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        submit(__VERIFIER_nondet_int() % 64);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, client, NULL);
    pthread_create(&b, NULL, client, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    if (sq.last) {
        free(sq.last->buf);
        free(sq.last);
    }
    return sq.errors;
}
