// A switch's body is entered at its labels: each case starts from the state before the
// switch (a lock taken in one case is not held in the next, unless it falls through), and
// break leaves it. In switch (setjmp(env)), case 0 is setjmp's first return and the other
// labels are reached by the longjmps passing their value (default: values no label lists).
#include <pthread.h>
#include <setjmp.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static jmp_buf env;
static int a, b, c, d;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    a++; // NORACE
    b++; // RACE
    c++; // NORACE
    d++; // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

static void locked_jump(void)
{
    pthread_mutex_lock(&m);
    longjmp(env, 4);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    switch (argc) {
    case 1:
        pthread_mutex_lock(&m);
        a++; // NORACE
        pthread_mutex_unlock(&m);
        break;
    case 2:
        pthread_mutex_lock(&m);
        /* falls through: m is held below on this path only */
    case 3:
        b++; // RACE: case 3 is entered without m
        break;
    default:
        break;
    }
    switch (setjmp(env)) {
    case 0:
        locked_jump();
        break;
    case 2:
        a++; // NORACE: no longjmp passes 2
        break;
    default:
        c++; // NORACE: reached by longjmp(env, 4) only, holding m
        pthread_mutex_unlock(&m);
        break;
    }
    d++; // RACE: default released m
    pthread_join(t, NULL);
    return 0;
}
