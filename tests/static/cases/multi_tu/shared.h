// State shared by the two translation units of the multi-TU case.
#include <pthread.h>
extern int requests;
extern int served;
extern pthread_mutex_t served_lock;
void *serve(void *arg);
void count_served(void);
