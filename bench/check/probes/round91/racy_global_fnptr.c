/* racy: main reloads `mode` after pthread_create through a function pointer while
   the thread reads it. */
#include <pthread.h>
#include <stdio.h>

static int mode;
static void set_mode(int m) { mode = m; }
static void (*setter)(int) = set_mode;

static void *task(void *arg) {
    (void)arg;
    printf("%d\n", mode);
    return NULL;
}

int main(void) {
    setter(1);
    pthread_t t;
    pthread_create(&t, NULL, task, NULL);
    setter(2);
    pthread_join(t, NULL);
    return 0;
}
