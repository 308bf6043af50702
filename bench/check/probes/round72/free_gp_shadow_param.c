/* TRUTH: free — the helper's parameter cp shadows the global cp (= &defaults); the thread passes &mine, so it writes mine.level; main writes defaults.level */
#include <pthread.h>
struct cfg { int level; };
static struct cfg defaults, mine;
static struct cfg *cp = &defaults;
static void set(struct cfg *cp) { cp->level = 1; }
static void *w(void *a) { (void)a; set(&mine); return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    defaults.level = 2;
    pthread_join(t, 0);
    return cp->level + mine.level;
}
