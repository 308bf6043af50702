/* TRUTH: free — cp = cfgs (element 0); thread writes (cp + 1)->level, i.e. cfgs[1].level; main writes cfgs[0].level */
#include <pthread.h>
struct cfg { int level; int name; };
static struct cfg cfgs[2];
static struct cfg *cp = cfgs;
static void *w(void *a) { (void)a; (cp + 1)->level = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    cfgs[0].level = 2;
    pthread_join(t, 0);
    return cfgs[0].level + cfgs[1].level;
}
