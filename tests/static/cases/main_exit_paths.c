// Main going on only where a branch that ends the program was not taken, after reading a
// flag a thread sets, waited for that thread: a ?: around exit(1), a while around a
// _Noreturn call, a helper that returns only when the flag is set. What the thread writes
// after setting the flag races with the thread main starts next, but not surely (the
// analysis cannot tell the write from one made before the flag).
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int f1, f2, f3, a1, a2, a3;

static int read_flag(int *f)
{
    pthread_mutex_lock(&m);
    int v = *f;
    pthread_mutex_unlock(&m);
    return v;
}

static void set_flag(int *f)
{
    pthread_mutex_lock(&m);
    *f = 1;
    pthread_mutex_unlock(&m);
}

static void *s1(void *arg) { (void)arg; set_flag(&f1); a1 = 1; return NULL; } // RACE (possible): after the flag a ?: tested
static void *u1(void *arg) { (void)arg; a1++; return NULL; }
static void *s2(void *arg) { (void)arg; set_flag(&f2); a2 = 1; return NULL; } // RACE (possible): after the flag a while around die() tested
static void *u2(void *arg) { (void)arg; a2++; return NULL; }
static void *s3(void *arg) { (void)arg; set_flag(&f3); a3 = 1; return NULL; } // RACE (possible): after the flag require() tested
static void *u3(void *arg) { (void)arg; a3++; return NULL; }

static _Noreturn void die(void)
{
    exit(1);
}

static void require(void)
{
    if (read_flag(&f3))
        return;
    exit(1);
}

int main(void)
{
    pthread_t s, u;
    pthread_create(&s, NULL, s1, NULL);
    int v = read_flag(&f1);
    v ? (void)0 : exit(1);
    pthread_create(&u, NULL, u1, NULL);
    pthread_join(s, NULL);
    pthread_join(u, NULL);

    pthread_create(&s, NULL, s2, NULL);
    int w = read_flag(&f2);
    while (!w)
        die();
    pthread_create(&u, NULL, u2, NULL);
    pthread_join(s, NULL);
    pthread_join(u, NULL);

    pthread_create(&s, NULL, s3, NULL);
    require();
    pthread_create(&u, NULL, u3, NULL);
    pthread_join(s, NULL);
    pthread_join(u, NULL);
    return 0;
}
