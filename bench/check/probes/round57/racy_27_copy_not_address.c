/* TRUTH: racy — main passes &cfg (its local) instead of a copy; the thread reads c->level while main writes cfg.level before join. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct cfg { int level; int flags; };
static int level_seen;
static void *use(void *p) {
    struct cfg *c = p;
    level_seen = c->level;
    return NULL;
}
int main(void) {
    struct cfg cfg = { 3, 0 };
    pthread_t t;
    pthread_create(&t, NULL, use, &cfg);
    cfg.level = 9;
    pthread_join(t, NULL);
    printf("%d %d\n", level_seen, cfg.level);
    return 0;
}
