/* TRUTH: racy — table[0] is writer */
#include <pthread.h>
int x;
void *writer(void *a) { x = 1; return 0; }
void *idle(void *a) { return 0; }
void *(*const table[2])(void *) = { writer, idle };
int main(void){ pthread_t t; pthread_create(&t, 0, table[0], 0); x = 2; pthread_join(t, 0); return 0; }
