/* TRUTH: free — const pointer cp = &d; thread writes cp->level, main writes d.name */
#include <pthread.h>
struct cfg { int level; int name; };
static struct cfg d;
static struct cfg *const cp = &d;
static void *w(void *a) { (void)a; cp->level = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    d.name = 2;
    pthread_join(t, 0);
    return d.level + d.name;
}
