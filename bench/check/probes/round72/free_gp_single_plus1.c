/* TRUTH: free — cp = &pair.a; thread writes (cp + 1)->level is... avoided: thread writes cp[0].name, main writes pair.a.level */
#include <pthread.h>
struct cfg { int level; int name; };
static struct { struct cfg a; struct cfg b; } pair;
static struct cfg *cp = &pair.a;
static void *w(void *a) { (void)a; cp[0].name = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    pair.a.level = 2;
    pair.b.name = 3;
    pthread_join(t, 0);
    return pair.a.level + pair.a.name;
}
