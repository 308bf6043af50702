/* TRUTH: racy — thread writes defaults.level through cp while main writes defaults.level unordered */
#include <pthread.h>
struct cfg { int level; int name; };
static struct cfg defaults;
static struct cfg *cp = &defaults;
static void *w(void *a) { (void)a; cp->level = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    defaults.level = 2;
    pthread_join(t, 0);
    return 0;
}
