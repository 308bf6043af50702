// Gotos to a label below them (error paths, cleanup labels): the path goes on at the label
// only, so what falls through after `unlock; goto out;` still holds the lock, and the label
// meets the states of its gotos and of the code above it. A label some goto comes back to
// from below is still reached from anywhere, holding nothing for sure.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int counter, errors, meet, found, again, stat_bad;

static int work(int x)
{
    int rc = 0;
    if (x > 100)
        goto bad; /* before the lock */
    pthread_mutex_lock(&m);
    if (x < 0) {
        pthread_mutex_unlock(&m);
        rc = -1;
        goto out;
    }
    counter++; // NORACE: the error path left for 'out' after its unlock
    pthread_mutex_unlock(&m);
out:
    errors += rc == 0; // RACE: every path reaches here without the lock
    return rc;
bad:
    stat_bad++; // RACE: the goto above the lock comes here holding nothing
    return -2;
}

static void meet_locks(int a)
{
    if (a) {
        pthread_mutex_lock(&m);
        goto locked;
    }
    pthread_mutex_lock(&m2);
locked:
    meet++; // RACE: one path holds m, the other m2: no lock in common
    if (a)
        pthread_mutex_unlock(&m);
    else
        pthread_mutex_unlock(&m2);
}

static void search(int n)
{
    for (int i = 0; i < n; i++) {
        pthread_mutex_lock(&m);
        if (i == n / 2)
            goto hit;
        pthread_mutex_unlock(&m);
    }
    return;
hit:
    found++; // NORACE: the only way here is the goto, holding m
    pthread_mutex_unlock(&m);
}

static void retry(int n)
{
    pthread_mutex_lock(&m);
top:
    again++; // RACE: the goto below comes back here after its unlock
    if (n-- > 0) {
        pthread_mutex_unlock(&m);
        goto top;
    }
    pthread_mutex_unlock(&m);
}

static void *thr(void *arg)
{
    int v = (int)(long)arg;
    work(v);
    meet_locks(v);
    search(v);
    retry(v);
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, thr, (void *)(i * 200 - 1));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return 0;
}
