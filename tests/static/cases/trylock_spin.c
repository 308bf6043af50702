// Spinning on trylock: the loop ends holding the lock, unless the body can break out.
#include <pthread.h>

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
static int both, loose;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&b);
    both++; // NORACE: main holds b after its spin loop
    loose++; // RACE
    pthread_mutex_unlock(&b);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&a);
    while (pthread_mutex_trylock(&b)) {
        pthread_mutex_unlock(&a); /* back off: let the other side finish, then retry */
        pthread_mutex_lock(&a);
    }
    both++; // NORACE
    pthread_mutex_unlock(&b);
    pthread_mutex_unlock(&a);
    int tries = 0;
    while (pthread_mutex_trylock(&b) != 0) {
        if (++tries == 3)
            break;
    }
    loose++; // RACE: the loop may have given up without b
    pthread_join(t, NULL);
    return both + loose;
}
