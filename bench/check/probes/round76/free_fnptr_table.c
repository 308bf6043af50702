/* TRUTH: free — table[1] is idle, which never touches x; only main writes x */
#include <pthread.h>
int x;
void *writer(void *a) { x = 1; return 0; }
void *idle(void *a) { return 0; }
void *(*const table[2])(void *) = { writer, idle };
int main(void){ pthread_t t; pthread_create(&t, 0, table[1], 0); x = 2; pthread_join(t, 0); return 0; }
