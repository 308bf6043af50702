/* racy: off-by-one: thread id writes cells[id] and cells[id+1], so thread k and
   thread k+1 both write cells[k+1]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int cells[N + 1];

static void *w(void *arg) {
    intptr_t id = (intptr_t)arg;
    cells[id] = (int)id;
    cells[id + 1] = (int)-id;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i <= N; i++)
        printf("%d ", cells[i]);
    printf("\n");
    return 0;
}
