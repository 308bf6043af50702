// A join wrapper handed &hs[i - 1] joins the previous pass's thread, not the one this pass
// started through a create wrapper handed &hs[i]: main's write races with the thread still
// running. (A loop that hands the wrappers &t[i] in both loops joins each in turn.)
#include <pthread.h>

int g, h;

static void *T(void *arg) { (void)arg; return (void *)(long)g; } // RACE (possible): main writes g while it runs
static void *F(void *arg) { (void)arg; return NULL; }
static void *U(void *arg) { (void)arg; return (void *)(long)h; } // NORACE: all joined before main writes h

static void spawn(pthread_t *t, void *(*fn)(void *)) { pthread_create(t, NULL, fn, NULL); }
static void reap(pthread_t *t) { pthread_join(*t, NULL); }

int main(void)
{
    pthread_t hs[5], us[3];
    pthread_create(&hs[0], NULL, F, NULL);
    for (int i = 1; i < 5; i++) {
        spawn(&hs[i], T);
        reap(&hs[i - 1]);
        g = i; // RACE (possible)
    }
    reap(&hs[4]);
    for (int i = 0; i < 3; i++)
        spawn(&us[i], U);
    for (int i = 0; i < 3; i++)
        reap(&us[i]);
    h = 1; // NORACE
    return 0;
}
