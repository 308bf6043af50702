// Main going on only where a branch that ends the program was not taken, after reading a
// flag a thread sets, waited for that thread: a ?: around exit(1), a while around a
// _Noreturn call, a helper that returns only when the flag is set. What the thread writes
// after setting the flag races with the thread main starts next, but not surely (the
// analysis cannot tell the write from one made before the flag).
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int flag, a1, a2, a3;

static int read_flag(void)
{
    pthread_mutex_lock(&m);
    int v = flag;
    pthread_mutex_unlock(&m);
    return v;
}

static void *setter(void *arg)
{
    int *out = arg;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_mutex_unlock(&m);
    *out = 1; // RACE (possible): after the flag main waited for
    return NULL;
}

static void *user(void *arg)
{
    int *out = arg;
    (*out)++;
    return NULL;
}

static _Noreturn void die(void)
{
    exit(1);
}

static void require(void)
{
    if (read_flag())
        return;
    exit(1);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t s, u;
    int *out = argc == 1 ? &a1 : argc == 2 ? &a2 : &a3;
    pthread_create(&s, NULL, setter, out);
    if (argc == 1) {
        int v = read_flag();
        v ? (void)0 : exit(1);
    } else if (argc == 2) {
        int v = read_flag();
        while (!v)
            die();
    } else {
        require();
    }
    pthread_create(&u, NULL, user, out);
    pthread_join(s, NULL);
    pthread_join(u, NULL);
    return 0;
}
