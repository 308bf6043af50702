/* TRUTH: free — cp is repointed at spare via _Generic before create; the thread writes spare.level, main writes defaults.level */
#include <pthread.h>
struct cfg { int level; int name; };
static struct cfg defaults, spare;
static struct cfg *cp = &defaults;
static void *w(void *a) { (void)a; cp->level = 1; return 0; }
int main(void) {
    pthread_t t;
    _Generic(cp, struct cfg *: cp) = &spare;
    pthread_create(&t, 0, w, 0);
    defaults.level = 2;
    pthread_join(t, 0);
    return defaults.level + spare.level;
}
