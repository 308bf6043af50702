// Globals and a helper called with served_lock held, from another TU.
#include "shared.h"

int requests;
int served;
pthread_mutex_t served_lock = PTHREAD_MUTEX_INITIALIZER;

void count_served(void)
{
    served++; // NORACE
}
