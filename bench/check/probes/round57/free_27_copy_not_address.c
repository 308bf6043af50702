/* TRUTH: free — main copies its local `cfg` into a fresh malloc'd block passed to the thread; main later modifies its own local cfg, which the thread never sees. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct cfg { int level; int flags; };
static int level_seen;
static void *use(void *p) {
    struct cfg *c = p;
    level_seen = c->level;
    free(c);
    return NULL;
}
int main(void) {
    struct cfg cfg = { 3, 0 };
    struct cfg *copy = malloc(sizeof *copy);
    if (!copy) return 1;
    memcpy(copy, &cfg, sizeof cfg);
    pthread_t t;
    pthread_create(&t, NULL, use, copy);
    cfg.level = 9;
    pthread_join(t, NULL);
    printf("%d %d\n", level_seen, cfg.level);
    return 0;
}
