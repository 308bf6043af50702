/* The library both programs of this compilation database link. */
void lib_bump(void);
void lib_set(int v);
int lib_get(void);
#include <pthread.h>
void lib_start(pthread_t *t);
